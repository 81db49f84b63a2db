// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.129062324892) q[0];
ry(pi*0.055708848998) q[1];
ry(pi*0.023956196009) q[2];
ry(pi*0.033494104582) q[3];
ry(pi*-0.049648184988) q[4];
ry(pi*-0.009305006237) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.122220913342) q[0];
ry(pi*-0.01515878192) q[1];
ry(pi*0.001101778289) q[2];
ry(pi*-0.061328116776) q[3];
ry(pi*-0.05127441034) q[4];
ry(pi*0.021372748103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.115513079422) q[0];
ry(pi*0.031083090493) q[1];
ry(pi*-0.070499116124) q[2];
ry(pi*-0.083060014249) q[3];
ry(pi*0.02808563826) q[4];
ry(pi*0.002275756481) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.101854408629) q[0];
ry(pi*-0.001263042939) q[1];
ry(pi*-0.115252583596) q[2];
ry(pi*0.016975801967) q[3];
ry(pi*-0.108175853056) q[4];
ry(pi*-0.013090578109) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.079173669814) q[0];
ry(pi*-0.004561213371) q[1];
ry(pi*0.066351905894) q[2];
ry(pi*0.030652233623) q[3];
ry(pi*0.05348883356) q[4];
ry(pi*0.002557418778) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
