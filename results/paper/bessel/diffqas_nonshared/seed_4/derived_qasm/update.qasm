// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.035270719791) q[0];
ry(pi*0.114061256309) q[1];
ry(pi*0.080719298934) q[2];
ry(pi*0.07700816308) q[3];
ry(pi*-0.000257554235) q[4];
ry(pi*-0.024750902748) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026095202556) q[0];
ry(pi*0.270302744265) q[1];
ry(pi*-0.043752489019) q[2];
ry(pi*0.242563126234) q[3];
ry(pi*-0.007965192298) q[4];
ry(pi*-0.011500178047) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.015294254453) q[0];
ry(pi*0.133497090829) q[1];
ry(pi*-0.03922664915) q[2];
ry(pi*0.109594777424) q[3];
ry(pi*0.015094662333) q[4];
ry(pi*-0.473498841989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.032108387265) q[0];
ry(pi*0.214025761081) q[1];
ry(pi*0.458049295596) q[2];
ry(pi*0.013916915976) q[3];
ry(pi*-0.43621822757) q[4];
ry(pi*0.446794396045) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.189656689623) q[0];
ry(pi*-0.00688843847) q[1];
ry(pi*0.008064904759) q[2];
ry(pi*-0.035901556537) q[3];
ry(pi*-0.065326186979) q[4];
ry(pi*-0.004708084672) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
