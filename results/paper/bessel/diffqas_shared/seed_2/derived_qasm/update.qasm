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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.054725297014) q[0];
ry(pi*0.235657102991) q[1];
ry(pi*-0.020498201669) q[2];
ry(pi*-0.080502762965) q[3];
ry(pi*0.230030601853) q[4];
ry(pi*-0.03867162276) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.038552922136) q[0];
ry(pi*-0.541863685266) q[1];
ry(pi*-0.405213266852) q[2];
ry(pi*-0.013511187324) q[3];
ry(pi*-0.014464004643) q[4];
ry(pi*-0.073790280721) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.11535643093) q[0];
ry(pi*-0.03695662155) q[1];
ry(pi*0.026882396088) q[2];
ry(pi*-0.032133732484) q[3];
ry(pi*0.091799288724) q[4];
ry(pi*-0.18380291394) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.021341241484) q[0];
ry(pi*0.169562348976) q[1];
ry(pi*0.008175933872) q[2];
ry(pi*-0.050217462282) q[3];
ry(pi*0.032803050706) q[4];
ry(pi*0.196586068318) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021691921894) q[0];
ry(pi*0.017534966787) q[1];
ry(pi*-0.10772809621) q[2];
ry(pi*-0.283560786517) q[3];
ry(pi*0.059125148352) q[4];
ry(pi*-0.002661963954) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
