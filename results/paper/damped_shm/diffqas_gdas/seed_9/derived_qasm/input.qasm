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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004000195448) q[0];
ry(pi*-0.917578769075) q[1];
ry(pi*-0.005765248842) q[2];
ry(pi*-0.005741950901) q[3];
ry(pi*-0.001657966611) q[4];
ry(pi*0.025878863429) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003052837834) q[0];
ry(pi*-0.004245965457) q[1];
ry(pi*0.05974420065) q[2];
ry(pi*-0.016380126465) q[3];
ry(pi*-0.004123522161) q[4];
ry(pi*-0.013514326128) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002460866169) q[0];
ry(pi*0.003046275042) q[1];
ry(pi*0.024010083355) q[2];
ry(pi*-0.019414736825) q[3];
ry(pi*-0.003405170949) q[4];
ry(pi*0.01288008496) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014521634364) q[0];
ry(pi*-0.39916733518) q[1];
ry(pi*-0.02113665123) q[2];
ry(pi*-0.434890438795) q[3];
ry(pi*0.009895151183) q[4];
ry(pi*0.057990269733) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.342195475112) q[0];
ry(pi*0.04454757047) q[1];
ry(pi*0.046050776527) q[2];
ry(pi*-0.030224094598) q[3];
ry(pi*-0.49982626149) q[4];
ry(pi*0.001414933866) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
