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
rx(pi*0.030359911972) q[0];
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
ry(pi*-0.002379946214) q[0];
ry(pi*-0.007095214739) q[1];
ry(pi*0.00462299931) q[2];
ry(pi*-0.009408770566) q[3];
ry(pi*0.004992935874) q[4];
ry(pi*0.007995165089) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006880861229) q[0];
ry(pi*-0.032614741442) q[1];
ry(pi*0.000625173381) q[2];
ry(pi*0.00078802685) q[3];
ry(pi*0.009150091381) q[4];
ry(pi*-0.00526576695) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000244034892) q[0];
ry(pi*0.001200505798) q[1];
ry(pi*-0.000182383152) q[2];
ry(pi*-0.043235220769) q[3];
ry(pi*0.009100153923) q[4];
ry(pi*-0.001858343284) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002098852506) q[0];
ry(pi*0.006154551245) q[1];
ry(pi*-4.580349e-06) q[2];
ry(pi*0.002435425493) q[3];
ry(pi*0.001930361166) q[4];
ry(pi*0.007057987837) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.25138509343) q[0];
ry(pi*-0.135605276148) q[1];
ry(pi*0.01944637151) q[2];
ry(pi*-0.017034126565) q[3];
ry(pi*0.023254244661) q[4];
ry(pi*-0.001859688867) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
