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
rx(pi*0.409347694193) q[0];
rx(pi*0.136470699062) q[1];
rx(pi*0.106790757097) q[2];
rx(pi*-0.008388018953) q[3];
rx(pi*-0.087607791358) q[4];
rx(pi*-0.00209564789) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.350128284487) q[0];
rx(pi*0.089000400525) q[1];
rx(pi*0.064495047821) q[2];
rx(pi*0.007678486214) q[3];
rx(pi*-0.115846601353) q[4];
rx(pi*-0.005404040335) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.0558759325) q[0];
rx(pi*0.066085832081) q[1];
rx(pi*-0.020074409776) q[2];
rx(pi*-0.040248165602) q[3];
rx(pi*-0.082781769418) q[4];
rx(pi*0.00261178489) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.326126658234) q[0];
rx(pi*0.097169894927) q[1];
rx(pi*-0.04431885874) q[2];
rx(pi*-0.040461348138) q[3];
rx(pi*-0.116862980934) q[4];
rx(pi*0.001298055663) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.185826224673) q[0];
rx(pi*0.109317832226) q[1];
rx(pi*0.10035666198) q[2];
rx(pi*-0.009079135676) q[3];
rx(pi*-0.086976786229) q[4];
rx(pi*0.000138912159) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
