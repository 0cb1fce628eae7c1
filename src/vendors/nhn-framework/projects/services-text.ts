import { defineMessages } from '@/lib/i18n/messages';

export const useServicesText = defineMessages({
  en: {
    enableLabel: 'Service to turn on',
    choose: 'Choose a service',
    enable: 'Turn on',
    enabling: 'Turning on…',
    disable: 'Turn off',
    actions: 'Actions',
    allInUse: 'Every service of the catalogue is in use.',
    enabled: (name: string) => `${name} is on.`,
    disabled: (name: string) => `${name} is off.`,
    disableTitle: (name: string) => `Turn off ${name}?`,
    disableBody:
      'The service stops for this project and its AppKey stops working. NHN Cloud refuses while sub-services are still on; turn those off first.',
    secretTitle: (name: string) => `${name}: secret key`,
    secretLabel: 'Service secret key',
    secretHelp: (appKey: string) =>
      `The service's AppKey is ${appKey}. NHN Cloud shows its secret key only now; store it where the applications that call the service can read it.`,
  },
  ja: {
    enableLabel: '有効にするサービス',
    choose: 'サービスを選択',
    enable: '有効にする',
    enabling: '有効にしています…',
    disable: '無効にする',
    actions: '操作',
    allInUse: 'カタログのすべてのサービスが使用中です。',
    enabled: (name: string) => `${name} を有効にしました。`,
    disabled: (name: string) => `${name} を無効にしました。`,
    disableTitle: (name: string) => `${name} を無効にしますか？`,
    disableBody:
      'このプロジェクトでサービスが停止し、AppKey は使えなくなります。サブサービスが有効なままだと NHN Cloud は拒否します。先にそれらを無効にしてください。',
    secretTitle: (name: string) => `${name}: シークレットキー`,
    secretLabel: 'サービスのシークレットキー',
    secretHelp: (appKey: string) =>
      `サービスの AppKey は ${appKey} です。NHN Cloud がシークレットキーを表示するのは今だけです。サービスを呼び出すアプリケーションが読める場所に保管してください。`,
  },
  ko: {
    enableLabel: '사용할 서비스',
    choose: '서비스 선택',
    enable: '사용',
    enabling: '사용 설정 중…',
    disable: '사용 종료',
    actions: '작업',
    allInUse: '카탈로그의 모든 서비스를 사용 중입니다.',
    enabled: (name: string) => `${name} 서비스를 사용합니다.`,
    disabled: (name: string) => `${name} 서비스 사용을 종료했습니다.`,
    disableTitle: (name: string) => `${name} 서비스 사용을 종료할까요?`,
    disableBody:
      '이 프로젝트에서 서비스가 중지되고 AppKey가 더 이상 동작하지 않습니다. 하위 서비스가 사용 중이면 NHN Cloud가 거부하므로 먼저 하위 서비스를 종료하세요.',
    secretTitle: (name: string) => `${name}: 비밀 키`,
    secretLabel: '서비스 비밀 키',
    secretHelp: (appKey: string) =>
      `서비스의 AppKey는 ${appKey}입니다. NHN Cloud는 비밀 키를 지금만 보여 줍니다. 서비스를 호출하는 애플리케이션이 읽을 수 있는 곳에 보관하세요.`,
  },
});
