// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.143450175297) q[0];
ry(pi*0.26353286946) q[1];
ry(pi*-0.073532398391) q[2];
ry(pi*0.22800072655) q[3];
ry(pi*-0.003419353967) q[4];
ry(pi*-0.00668909596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.206806175237) q[0];
ry(pi*0.115376589475) q[1];
ry(pi*0.025134460559) q[2];
ry(pi*0.162002316148) q[3];
ry(pi*0.0078450201) q[4];
ry(pi*0.016545445502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004116414496) q[0];
ry(pi*0.0912871194) q[1];
ry(pi*-0.168913917378) q[2];
ry(pi*0.044853643579) q[3];
ry(pi*-0.09889321806) q[4];
ry(pi*-0.043887546523) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.254721564948) q[0];
ry(pi*0.337129068458) q[1];
ry(pi*0.203860162866) q[2];
ry(pi*-0.269614166333) q[3];
ry(pi*0.247368771443) q[4];
ry(pi*-0.00983565561) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.39031267794) q[0];
ry(pi*-0.227650375791) q[1];
ry(pi*-0.097354129794) q[2];
ry(pi*0.133476685639) q[3];
ry(pi*-0.332566388256) q[4];
ry(pi*0.000929476095) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
