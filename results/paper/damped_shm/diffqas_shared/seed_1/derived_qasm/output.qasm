// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*0.046529088983) q[0];
rz(pi*-0.006774231422) q[1];
rz(pi*0.007935922091) q[2];
rz(pi*-0.006514946888) q[3];
rz(pi*-0.034044005958) q[4];
rz(pi*-0.004663713937) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.031782444946) q[0];
rz(pi*-0.019252126147) q[1];
rz(pi*-0.010666872438) q[2];
rz(pi*-0.02657028253) q[3];
rz(pi*-0.007782729012) q[4];
rz(pi*-0.001078202131) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.034723851683) q[0];
rz(pi*-0.005114729056) q[1];
rz(pi*-0.027273924824) q[2];
rz(pi*0.000721888963) q[3];
rz(pi*0.04411312775) q[4];
rz(pi*-0.000383944084) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.050326114465) q[0];
rz(pi*-0.004018750498) q[1];
rz(pi*-0.004979107705) q[2];
rz(pi*-0.002278863565) q[3];
rz(pi*0.005712359343) q[4];
rz(pi*0.006591887902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.084035915472) q[0];
rz(pi*0.023656502486) q[1];
rz(pi*0.070194655699) q[2];
rz(pi*0.007193766306) q[3];
rz(pi*0.046824333396) q[4];
rz(pi*0.002119632111) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
