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
rz(pi*-0.004322041432) q[0];
rz(pi*-0.000366230541) q[1];
rz(pi*0.001253315552) q[2];
rz(pi*0.002745515488) q[3];
rz(pi*0.006493848599) q[4];
rz(pi*-0.000847964725) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005204501576) q[0];
rz(pi*0.000349291768) q[1];
rz(pi*0.000884408557) q[2];
rz(pi*-0.002755702964) q[3];
rz(pi*0.001321429199) q[4];
rz(pi*0.006342099227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00683957238) q[0];
rz(pi*0.001842744573) q[1];
rz(pi*0.001481016539) q[2];
rz(pi*0.001710061774) q[3];
rz(pi*-0.005728014825) q[4];
rz(pi*-0.002812886826) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002547521526) q[0];
rz(pi*-0.001566460753) q[1];
rz(pi*-0.002211446574) q[2];
rz(pi*-0.004493832844) q[3];
rz(pi*0.000961913417) q[4];
rz(pi*-0.00311770803) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00940538986) q[0];
rz(pi*0.001242360569) q[1];
rz(pi*0.001844931034) q[2];
rz(pi*0.001079894485) q[3];
rz(pi*-0.002786933293) q[4];
rz(pi*-0.001599535292) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
