// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004064927795) q[0];
rx(pi*-0.000176723029) q[1];
rx(pi*-0.00367296476) q[2];
rx(pi*0.005943766982) q[3];
rx(pi*-0.000287474536) q[4];
rx(pi*-0.002046541083) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.007204306853) q[0];
rx(pi*-0.001401543108) q[1];
rx(pi*0.002707557838) q[2];
rx(pi*-0.001271959686) q[3];
rx(pi*0.000719572435) q[4];
rx(pi*-0.001243747506) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002496223663) q[0];
rx(pi*0.005775128307) q[1];
rx(pi*-0.004187962506) q[2];
rx(pi*-0.008144260648) q[3];
rx(pi*0.003983661884) q[4];
rx(pi*-0.000203282079) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002187822983) q[0];
rx(pi*-0.00177702001) q[1];
rx(pi*0.005960366951) q[2];
rx(pi*0.006739314452) q[3];
rx(pi*-0.002717159827) q[4];
rx(pi*0.001182058951) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00304606812) q[0];
rx(pi*-0.00532846951) q[1];
rx(pi*-0.000997216068) q[2];
rx(pi*0.001409080477) q[3];
rx(pi*-0.004557472776) q[4];
rx(pi*-0.004304767931) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
