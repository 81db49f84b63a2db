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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001659429143) q[0];
rx(pi*0.002406378957) q[1];
rx(pi*-0.006214598805) q[2];
rx(pi*-0.002392622826) q[3];
rx(pi*-0.001164178619) q[4];
rx(pi*-0.004282246094) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000720793806) q[0];
rx(pi*0.002846819585) q[1];
rx(pi*0.000946347092) q[2];
rx(pi*-0.003009490442) q[3];
rx(pi*0.001685120319) q[4];
rx(pi*0.004836014056) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00124371297) q[0];
rx(pi*0.000860215116) q[1];
rx(pi*0.006315782248) q[2];
rx(pi*0.00194539529) q[3];
rx(pi*0.002588786363) q[4];
rx(pi*-0.000637109907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00028165346) q[0];
rx(pi*0.004369571129) q[1];
rx(pi*0.002095799821) q[2];
rx(pi*-0.00016338541) q[3];
rx(pi*-0.001481490413) q[4];
rx(pi*-0.005563181964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003341941006) q[0];
rx(pi*-0.001529693643) q[1];
rx(pi*-0.000395799161) q[2];
rx(pi*0.002135982914) q[3];
rx(pi*0.002609860046) q[4];
rx(pi*0.002288650983) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
