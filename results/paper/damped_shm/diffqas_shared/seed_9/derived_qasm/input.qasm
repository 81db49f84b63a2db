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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*5.6297497e-05) q[0];
ry(pi*-0.040465811477) q[1];
ry(pi*0.004853071742) q[2];
ry(pi*-0.000201305429) q[3];
ry(pi*-0.505348810944) q[4];
ry(pi*0.000391590953) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000793315874) q[0];
ry(pi*-0.040233433263) q[1];
ry(pi*0.008524802978) q[2];
ry(pi*-0.237685346638) q[3];
ry(pi*-0.263412051002) q[4];
ry(pi*-0.499752836957) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.484313384065) q[0];
ry(pi*-0.490053437098) q[1];
ry(pi*-0.501612128285) q[2];
ry(pi*-0.488808293613) q[3];
ry(pi*-0.501550808365) q[4];
ry(pi*-0.499016201055) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00059191949) q[0];
ry(pi*-0.008469282789) q[1];
ry(pi*-0.224891301903) q[2];
ry(pi*-0.273934944002) q[3];
ry(pi*-0.495415818616) q[4];
ry(pi*0.038470378826) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000393481299) q[0];
ry(pi*0.00047641418) q[1];
ry(pi*-0.494797686496) q[2];
ry(pi*-0.000207551299) q[3];
ry(pi*-0.0001407016) q[4];
ry(pi*-0.001951365777) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
