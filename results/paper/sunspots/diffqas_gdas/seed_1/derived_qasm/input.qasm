// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003589850489) q[0];
rz(pi*0.001812843226) q[1];
rz(pi*0.002454322053) q[2];
rz(pi*0.002283592522) q[3];
rz(pi*0.00637812136) q[4];
rz(pi*-0.002018384043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000500595577) q[0];
rz(pi*0.002244847948) q[1];
rz(pi*0.003969569579) q[2];
rz(pi*-0.00772808572) q[3];
rz(pi*-0.001663154176) q[4];
rz(pi*-0.00066384451) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003277021599) q[0];
rz(pi*0.002696206206) q[1];
rz(pi*0.000696921346) q[2];
rz(pi*-0.001262083778) q[3];
rz(pi*-0.00520178373) q[4];
rz(pi*-0.004213899734) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003136614966) q[0];
rz(pi*0.001447511408) q[1];
rz(pi*-0.003881175547) q[2];
rz(pi*-0.006587390767) q[3];
rz(pi*-0.004623668396) q[4];
rz(pi*-0.001884336097) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005326213531) q[0];
rz(pi*0.007963920531) q[1];
rz(pi*-0.00153222354) q[2];
rz(pi*0.003004434501) q[3];
rz(pi*0.004460204834) q[4];
rz(pi*0.004088837014) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
