// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.000914708924) q[0];
rz(pi*0.005011555254) q[1];
rz(pi*-0.001377538284) q[2];
rz(pi*-0.00234105638) q[3];
rz(pi*0.000795167051) q[4];
rz(pi*0.00328328646) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000512564973) q[0];
rz(pi*-0.001863726505) q[1];
rz(pi*-0.004269168831) q[2];
rz(pi*-0.00446111108) q[3];
rz(pi*0.001600141234) q[4];
rz(pi*0.003150419122) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000522907306) q[0];
rz(pi*-0.003419741722) q[1];
rz(pi*0.002779029661) q[2];
rz(pi*-0.004075550458) q[3];
rz(pi*-0.002269691723) q[4];
rz(pi*0.001976828835) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.007162359293) q[0];
rz(pi*0.001229945203) q[1];
rz(pi*-0.001851338486) q[2];
rz(pi*0.00034786922) q[3];
rz(pi*-0.000240893865) q[4];
rz(pi*0.000643398261) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002209648609) q[0];
rz(pi*-0.002413957088) q[1];
rz(pi*0.004523129138) q[2];
rz(pi*0.002311236112) q[3];
rz(pi*0.002685676628) q[4];
rz(pi*0.003707878766) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
