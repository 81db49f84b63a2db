// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.004420884111) q[0];
rx(pi*0.003035522237) q[1];
rx(pi*-0.000947724099) q[2];
rx(pi*-0.006249043236) q[3];
rx(pi*0.004639931302) q[4];
rx(pi*0.004087297257) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000139291716) q[0];
rx(pi*0.001454880097) q[1];
rx(pi*-0.001132385259) q[2];
rx(pi*0.000162003309) q[3];
rx(pi*0.000529255247) q[4];
rx(pi*-0.000735396374) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002712780976) q[0];
rx(pi*-7.9726098e-05) q[1];
rx(pi*-0.001663929242) q[2];
rx(pi*0.000942133512) q[3];
rx(pi*-0.001657115654) q[4];
rx(pi*0.000425940817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000114576479) q[0];
rx(pi*-0.000996125357) q[1];
rx(pi*0.005095499583) q[2];
rx(pi*-0.002081411215) q[3];
rx(pi*-0.004657286326) q[4];
rx(pi*0.005074317696) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001968180819) q[0];
rx(pi*-0.003378562263) q[1];
rx(pi*-0.000794146747) q[2];
rx(pi*-0.002908563428) q[3];
rx(pi*0.002985248013) q[4];
rx(pi*0.002270628799) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
