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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005277397837) q[0];
rz(pi*0.005086936352) q[1];
rz(pi*0.002755327363) q[2];
rz(pi*0.001392207479) q[3];
rz(pi*-0.004953466926) q[4];
rz(pi*0.000579801574) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004553970229) q[0];
rz(pi*-0.001154273733) q[1];
rz(pi*0.000646488744) q[2];
rz(pi*-0.000983166896) q[3];
rz(pi*0.003026509886) q[4];
rz(pi*-0.000411182391) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004929292681) q[0];
rz(pi*-0.003374268493) q[1];
rz(pi*-0.004054975403) q[2];
rz(pi*-0.001007228416) q[3];
rz(pi*0.003971186709) q[4];
rz(pi*0.001609840162) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00108069223) q[0];
rz(pi*-0.004091495274) q[1];
rz(pi*0.00754128301) q[2];
rz(pi*-8.9964119e-05) q[3];
rz(pi*0.007693273099) q[4];
rz(pi*-0.002761088557) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001807510994) q[0];
rz(pi*0.008274979915) q[1];
rz(pi*-0.003421812123) q[2];
rz(pi*0.001332783647) q[3];
rz(pi*-0.001076540088) q[4];
rz(pi*-0.002589171747) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
