// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.004547196661) q[0];
rz(pi*-0.002125100265) q[1];
rz(pi*0.000488326917) q[2];
rz(pi*-0.002662301017) q[3];
rz(pi*-0.000707396526) q[4];
rz(pi*0.0001508942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001383645137) q[0];
rz(pi*-0.002237361717) q[1];
rz(pi*-0.002157778748) q[2];
rz(pi*-0.002613833354) q[3];
rz(pi*-0.004997719971) q[4];
rz(pi*-0.000837058285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001276926247) q[0];
rz(pi*0.002891533015) q[1];
rz(pi*0.002059791917) q[2];
rz(pi*0.007821945088) q[3];
rz(pi*0.00101439515) q[4];
rz(pi*-0.001452555935) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005957598115) q[0];
rz(pi*-0.003333398823) q[1];
rz(pi*0.003082759932) q[2];
rz(pi*-0.003040320267) q[3];
rz(pi*0.001127172423) q[4];
rz(pi*-0.006265601702) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002862477142) q[0];
rz(pi*-0.000503717632) q[1];
rz(pi*-0.003080225885) q[2];
rz(pi*0.005342573969) q[3];
rz(pi*0.00243619967) q[4];
rz(pi*0.000145810772) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
