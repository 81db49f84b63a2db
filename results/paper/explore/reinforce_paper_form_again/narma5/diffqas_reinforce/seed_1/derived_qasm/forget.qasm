// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.022405797614) q[0];
rx(pi*0.003103683316) q[1];
rx(pi*-0.002343590279) q[2];
rx(pi*-0.000207812118) q[3];
rx(pi*0.000162720215) q[4];
rx(pi*0.003786820219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.021136513678) q[0];
rx(pi*-0.003997500428) q[1];
rx(pi*0.001427781529) q[2];
rx(pi*0.002343608807) q[3];
rx(pi*0.006800586348) q[4];
rx(pi*-0.00534489813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013385398007) q[0];
rx(pi*0.004121414111) q[1];
rx(pi*-0.004273254197) q[2];
rx(pi*-0.003871350036) q[3];
rx(pi*0.001684648372) q[4];
rx(pi*0.003241694936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.017947914569) q[0];
rx(pi*0.001630427965) q[1];
rx(pi*0.000348918242) q[2];
rx(pi*0.004797720826) q[3];
rx(pi*3.5486788e-05) q[4];
rx(pi*0.003152055522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.014667088934) q[0];
rx(pi*-0.000679492876) q[1];
rx(pi*-0.00030868705) q[2];
rx(pi*0.003581155634) q[3];
rx(pi*0.001883696359) q[4];
rx(pi*-0.002392905194) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
