// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.079600181925) q[0];
ry(pi*0.044779730497) q[1];
ry(pi*-0.002210549074) q[2];
ry(pi*0.021612679842) q[3];
ry(pi*0.020580384498) q[4];
ry(pi*-0.00044259322) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044605280826) q[0];
ry(pi*-0.017090888283) q[1];
ry(pi*-0.002749285136) q[2];
ry(pi*0.000953355744) q[3];
ry(pi*0.001515934695) q[4];
ry(pi*-0.000651759685) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002667386602) q[0];
ry(pi*0.000397095348) q[1];
ry(pi*-0.029067674796) q[2];
ry(pi*-0.000359294038) q[3];
ry(pi*-0.168606634756) q[4];
ry(pi*0.000441317599) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.244616451853) q[0];
ry(pi*0.014860651277) q[1];
ry(pi*0.000334522966) q[2];
ry(pi*0.000408933935) q[3];
ry(pi*0.000222926154) q[4];
ry(pi*0.000330757024) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008089642851) q[0];
ry(pi*-0.000447855081) q[1];
ry(pi*0.381844343789) q[2];
ry(pi*0.00061888536) q[3];
ry(pi*0.365890843271) q[4];
ry(pi*-0.001548669652) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
