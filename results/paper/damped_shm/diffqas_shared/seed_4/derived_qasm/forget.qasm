// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.146942564856) q[0];
ry(pi*0.061056944036) q[1];
ry(pi*-0.097681030237) q[2];
ry(pi*0.151216811861) q[3];
ry(pi*-0.271716536505) q[4];
ry(pi*0.289567084119) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.074482947281) q[0];
ry(pi*-0.22250948213) q[1];
ry(pi*-0.000839466712) q[2];
ry(pi*0.07813073313) q[3];
ry(pi*0.089712457232) q[4];
ry(pi*-0.113873890939) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.275351582154) q[0];
ry(pi*0.486615499325) q[1];
ry(pi*0.276929298934) q[2];
ry(pi*-0.409615247881) q[3];
ry(pi*0.343499965352) q[4];
ry(pi*0.394288303383) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.14753549168) q[0];
ry(pi*0.025032524728) q[1];
ry(pi*-0.059857297199) q[2];
ry(pi*-0.095139165851) q[3];
ry(pi*0.136027922562) q[4];
ry(pi*0.061016361329) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.059412106418) q[0];
ry(pi*0.208469516027) q[1];
ry(pi*0.224610353455) q[2];
ry(pi*0.293984243346) q[3];
ry(pi*-0.015998911789) q[4];
ry(pi*-0.000740389319) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
