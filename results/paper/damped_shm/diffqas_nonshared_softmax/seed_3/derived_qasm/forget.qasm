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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.14909400804) q[0];
ry(pi*0.067378303086) q[1];
ry(pi*0.056294314789) q[2];
ry(pi*0.155909189766) q[3];
ry(pi*0.047976259029) q[4];
ry(pi*0.001407847396) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.192799088906) q[0];
ry(pi*-0.066692006626) q[1];
ry(pi*-0.485224758974) q[2];
ry(pi*-0.050687763495) q[3];
ry(pi*-0.028502033154) q[4];
ry(pi*0.003780873745) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.102074046642) q[0];
ry(pi*0.089719486635) q[1];
ry(pi*0.09779830079) q[2];
ry(pi*0.061681697645) q[3];
ry(pi*-0.054433017093) q[4];
ry(pi*-0.002088111115) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.104494143934) q[0];
ry(pi*0.005020507426) q[1];
ry(pi*-0.018759355272) q[2];
ry(pi*-0.515400610618) q[3];
ry(pi*-0.188192410902) q[4];
ry(pi*0.001143732593) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.054304619022) q[0];
ry(pi*0.166337304405) q[1];
ry(pi*0.129364048499) q[2];
ry(pi*0.009521725412) q[3];
ry(pi*0.319344052715) q[4];
ry(pi*-0.001798663024) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
