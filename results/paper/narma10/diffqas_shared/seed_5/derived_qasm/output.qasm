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
rz(pi*-0.000172187005) q[0];
rz(pi*0.004261448405) q[1];
rz(pi*-0.001645325129) q[2];
rz(pi*-0.004008499286) q[3];
rz(pi*-0.005846542916) q[4];
rz(pi*-0.000651790812) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00112126886) q[0];
rz(pi*0.000843810508) q[1];
rz(pi*-0.001477736477) q[2];
rz(pi*-0.001523553587) q[3];
rz(pi*-0.002296019375) q[4];
rz(pi*-0.001654446722) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000510017399) q[0];
rz(pi*-0.001210700315) q[1];
rz(pi*0.00031971633) q[2];
rz(pi*0.006051666777) q[3];
rz(pi*0.001525080449) q[4];
rz(pi*-0.005016849836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005517995994) q[0];
rz(pi*0.001107114745) q[1];
rz(pi*-0.002996611503) q[2];
rz(pi*0.002887226498) q[3];
rz(pi*5.6199071e-05) q[4];
rz(pi*-0.001958301354) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002016521601) q[0];
rz(pi*-0.003162191712) q[1];
rz(pi*0.00015316765) q[2];
rz(pi*0.003402149242) q[3];
rz(pi*-0.001034672941) q[4];
rz(pi*0.001339524753) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
