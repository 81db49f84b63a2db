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
ry(pi*0.032241191756) q[0];
ry(pi*-0.327232010515) q[1];
ry(pi*-0.234759407434) q[2];
ry(pi*-0.069745143874) q[3];
ry(pi*-0.032316233716) q[4];
ry(pi*0.139326922904) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.080902338517) q[0];
ry(pi*-0.074742978274) q[1];
ry(pi*-0.027069116384) q[2];
ry(pi*-0.001054929536) q[3];
ry(pi*0.016483733083) q[4];
ry(pi*-0.019302116966) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026060074514) q[0];
ry(pi*-0.12980590482) q[1];
ry(pi*0.035190918042) q[2];
ry(pi*0.006060389498) q[3];
ry(pi*-0.139224337257) q[4];
ry(pi*0.042574158064) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.059107669708) q[0];
ry(pi*0.043441392875) q[1];
ry(pi*-0.216605902985) q[2];
ry(pi*-0.314809281425) q[3];
ry(pi*-0.114094705263) q[4];
ry(pi*-0.127662155085) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.169801652243) q[0];
ry(pi*-0.071563093585) q[1];
ry(pi*-0.063475523507) q[2];
ry(pi*-0.230230878178) q[3];
ry(pi*-0.276853218215) q[4];
ry(pi*0.000539269597) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
