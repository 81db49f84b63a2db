// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.023031632669) q[0];
ry(pi*-0.012868689453) q[1];
ry(pi*-0.028806820859) q[2];
ry(pi*-0.014416187389) q[3];
ry(pi*0.016311985842) q[4];
ry(pi*-0.009116147356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022033077985) q[0];
ry(pi*-0.143913584659) q[1];
ry(pi*0.485028808436) q[2];
ry(pi*-0.011351493367) q[3];
ry(pi*-0.005260761702) q[4];
ry(pi*0.011341538603) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013468337374) q[0];
ry(pi*-0.172491077174) q[1];
ry(pi*0.114338362775) q[2];
ry(pi*-0.002247818813) q[3];
ry(pi*-0.050347620075) q[4];
ry(pi*-0.004969016575) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0050672794) q[0];
ry(pi*0.237881429986) q[1];
ry(pi*-0.110864224999) q[2];
ry(pi*-0.468346868243) q[3];
ry(pi*0.506261931345) q[4];
ry(pi*-0.000188692128) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007768079086) q[0];
ry(pi*0.002920073068) q[1];
ry(pi*0.029876098832) q[2];
ry(pi*0.009043988661) q[3];
ry(pi*-0.003219465398) q[4];
ry(pi*-0.002661236468) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
