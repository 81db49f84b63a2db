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
rx(pi*0.002732076854) q[0];
rx(pi*0.000131782019) q[1];
rx(pi*-0.00301196431) q[2];
rx(pi*0.001375732167) q[3];
rx(pi*0.002948306591) q[4];
rx(pi*0.004433305036) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004516320886) q[0];
rx(pi*6.9858509e-05) q[1];
rx(pi*0.00023512237) q[2];
rx(pi*-0.000857003905) q[3];
rx(pi*0.002699650946) q[4];
rx(pi*0.003362448768) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002753304394) q[0];
rx(pi*0.000247740359) q[1];
rx(pi*0.001447554541) q[2];
rx(pi*0.001479724762) q[3];
rx(pi*-0.001960593202) q[4];
rx(pi*-0.003870330547) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004054294163) q[0];
rx(pi*-2.8967782e-05) q[1];
rx(pi*0.000352748848) q[2];
rx(pi*0.002569516869) q[3];
rx(pi*0.000166342898) q[4];
rx(pi*-0.001474910279) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004214534432) q[0];
rx(pi*-0.000487627853) q[1];
rx(pi*0.001841943864) q[2];
rx(pi*-0.004687545784) q[3];
rx(pi*-0.003847113536) q[4];
rx(pi*-0.001393510966) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
