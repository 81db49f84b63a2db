// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*0.002268970611) q[0];
rx(pi*-0.00374902947) q[1];
rx(pi*0.008593494403) q[2];
rx(pi*-0.002600165268) q[3];
rx(pi*-0.00312095237) q[4];
rx(pi*0.000739439125) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003388556454) q[0];
rx(pi*0.005814037263) q[1];
rx(pi*-0.001135929087) q[2];
rx(pi*-0.002080411588) q[3];
rx(pi*0.003225461972) q[4];
rx(pi*0.004006233821) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004213153275) q[0];
rx(pi*-0.00139640594) q[1];
rx(pi*-0.001058962875) q[2];
rx(pi*-0.000430830783) q[3];
rx(pi*0.005546752158) q[4];
rx(pi*0.004101533043) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001698212108) q[0];
rx(pi*0.004068562262) q[1];
rx(pi*0.000195188997) q[2];
rx(pi*0.002843752225) q[3];
rx(pi*-0.000149728552) q[4];
rx(pi*-0.00231523195) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003626717206) q[0];
rx(pi*-0.00557773169) q[1];
rx(pi*5.9205177e-05) q[2];
rx(pi*-0.001792911613) q[3];
rx(pi*-0.005236562555) q[4];
rx(pi*-0.0011608177) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
