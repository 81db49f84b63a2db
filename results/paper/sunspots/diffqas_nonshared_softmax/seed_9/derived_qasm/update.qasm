// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.17236972748) q[0];
ry(pi*-0.090347579448) q[1];
ry(pi*0.167273628476) q[2];
ry(pi*0.012933194424) q[3];
ry(pi*0.008267994387) q[4];
ry(pi*-0.295059315121) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.256189733083) q[0];
ry(pi*-0.287180729859) q[1];
ry(pi*-0.10642499098) q[2];
ry(pi*-0.108052454305) q[3];
ry(pi*0.002419649653) q[4];
ry(pi*0.201010076707) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.09990235005) q[0];
ry(pi*0.005937057744) q[1];
ry(pi*0.014728433756) q[2];
ry(pi*-0.006933309611) q[3];
ry(pi*0.017306441226) q[4];
ry(pi*-0.213410721519) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.071269898229) q[0];
ry(pi*-0.401582907471) q[1];
ry(pi*-0.140849969712) q[2];
ry(pi*0.131570654946) q[3];
ry(pi*0.001831908762) q[4];
ry(pi*-0.013315468017) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.04799727609) q[0];
ry(pi*0.161552813809) q[1];
ry(pi*0.307859165517) q[2];
ry(pi*-0.01871121904) q[3];
ry(pi*-0.394813772603) q[4];
ry(pi*-0.000435173986) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
