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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000664107386) q[0];
ry(pi*-0.000449165869) q[1];
ry(pi*0.001945931122) q[2];
ry(pi*-0.006035512668) q[3];
ry(pi*-0.000901524495) q[4];
ry(pi*-0.002707417618) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000742609575) q[0];
ry(pi*-0.000363968671) q[1];
ry(pi*0.003698686767) q[2];
ry(pi*0.000756355183) q[3];
ry(pi*0.000462139152) q[4];
ry(pi*-0.000253976982) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00026834354) q[0];
ry(pi*0.000994233641) q[1];
ry(pi*0.496286553899) q[2];
ry(pi*0.001506293723) q[3];
ry(pi*0.238374436834) q[4];
ry(pi*0.450744408278) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.492015940174) q[0];
ry(pi*-0.027731806002) q[1];
ry(pi*0.026389685688) q[2];
ry(pi*-0.390703858052) q[3];
ry(pi*0.495394607084) q[4];
ry(pi*-0.511121724776) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.072085361154) q[0];
ry(pi*0.500015192112) q[1];
ry(pi*-0.00139731263) q[2];
ry(pi*0.63571033268) q[3];
ry(pi*0.452647754327) q[4];
ry(pi*0.003219368755) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
