// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.002254754835) q[0];
rz(pi*-0.001607375631) q[1];
rz(pi*-0.000628393412) q[2];
rz(pi*-0.002536962006) q[3];
rz(pi*0.006474137693) q[4];
rz(pi*-0.000487660425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000548730402) q[0];
rz(pi*0.002819072238) q[1];
rz(pi*-0.00096729597) q[2];
rz(pi*-0.004917098837) q[3];
rz(pi*0.000294346265) q[4];
rz(pi*0.001007866227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00128733028) q[0];
rz(pi*-0.000189032341) q[1];
rz(pi*0.003371974866) q[2];
rz(pi*-0.0043094625) q[3];
rz(pi*-0.004050597441) q[4];
rz(pi*0.000917924953) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004090670256) q[0];
rz(pi*-0.0022711046) q[1];
rz(pi*-0.002410911072) q[2];
rz(pi*0.002994406218) q[3];
rz(pi*-0.003700619022) q[4];
rz(pi*-0.000230870529) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006551821016) q[0];
rz(pi*0.002575056319) q[1];
rz(pi*0.002536887301) q[2];
rz(pi*-0.003070488418) q[3];
rz(pi*-0.003658158013) q[4];
rz(pi*-0.001734129891) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
