// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-8.322e-09) q[0];
ry(pi*5.717e-09) q[1];
ry(pi*8.3783e-08) q[2];
ry(pi*-9.104e-09) q[3];
ry(pi*4.3541052e-05) q[4];
ry(pi*-2.8955829e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-2.7526e-07) q[0];
ry(pi*-2.3791244e-05) q[1];
ry(pi*5.188e-09) q[2];
ry(pi*5.1966022e-05) q[3];
ry(pi*-7.4451508e-05) q[4];
ry(pi*3.7234e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.4877e-08) q[0];
ry(pi*-1.623e-09) q[1];
ry(pi*-0.58467887786) q[2];
ry(pi*0.001947431896) q[3];
ry(pi*-0.165967297879) q[4];
ry(pi*0.005895135087) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.499999634459) q[0];
ry(pi*-0.492568085078) q[1];
ry(pi*-0.49321054026) q[2];
ry(pi*-0.270852422711) q[3];
ry(pi*-0.165345731692) q[4];
ry(pi*0.002967770259) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006347857456) q[0];
ry(pi*-0.008144733188) q[1];
ry(pi*0.002618124456) q[2];
ry(pi*-0.27251989956) q[3];
ry(pi*-0.275164036543) q[4];
ry(pi*-0.005427549348) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
