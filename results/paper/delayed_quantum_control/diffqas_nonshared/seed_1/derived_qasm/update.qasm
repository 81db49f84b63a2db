// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.000314624) q[0];
ry(pi*0.473573898179) q[1];
ry(pi*-0.000164208835) q[2];
ry(pi*-0.004918903323) q[3];
ry(pi*-0.006925809447) q[4];
ry(pi*0.002743149527) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002478971654) q[0];
ry(pi*0.004488089734) q[1];
ry(pi*0.000402292361) q[2];
ry(pi*-0.499670115777) q[3];
ry(pi*-0.001092295621) q[4];
ry(pi*-0.500313557542) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017678924881) q[0];
ry(pi*0.495298339362) q[1];
ry(pi*-0.001645817086) q[2];
ry(pi*-0.000257983567) q[3];
ry(pi*-0.003461706179) q[4];
ry(pi*0.000369162424) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.1179636e-05) q[0];
ry(pi*0.471690473515) q[1];
ry(pi*-0.02546411205) q[2];
ry(pi*0.483894086341) q[3];
ry(pi*-0.498004308529) q[4];
ry(pi*-0.499452650143) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000142733658) q[0];
ry(pi*-0.022043105082) q[1];
ry(pi*0.256916351374) q[2];
ry(pi*0.005908737954) q[3];
ry(pi*0.001402732462) q[4];
ry(pi*-0.004626590496) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
