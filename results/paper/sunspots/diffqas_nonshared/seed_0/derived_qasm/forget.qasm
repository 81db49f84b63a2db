// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.026489565347) q[0];
ry(pi*-0.001050793773) q[1];
ry(pi*0.170256296196) q[2];
ry(pi*0.855806690004) q[3];
ry(pi*0.21782397236) q[4];
ry(pi*0.165270998039) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.225408764624) q[0];
ry(pi*-0.085644785504) q[1];
ry(pi*-0.183977918565) q[2];
ry(pi*0.143128833869) q[3];
ry(pi*0.120427087479) q[4];
ry(pi*-0.285905078195) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.153856053875) q[0];
ry(pi*0.000777073497) q[1];
ry(pi*-0.267548451509) q[2];
ry(pi*-0.034611269769) q[3];
ry(pi*-0.546871921475) q[4];
ry(pi*-0.177809347053) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.075671589924) q[0];
ry(pi*0.067010208064) q[1];
ry(pi*0.085766799244) q[2];
ry(pi*0.156583936565) q[3];
ry(pi*0.077586305391) q[4];
ry(pi*-0.158231141034) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.169637993321) q[0];
ry(pi*-0.419238984421) q[1];
ry(pi*0.507187839378) q[2];
ry(pi*0.058283512521) q[3];
ry(pi*0.010620380906) q[4];
ry(pi*-0.000927163718) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
