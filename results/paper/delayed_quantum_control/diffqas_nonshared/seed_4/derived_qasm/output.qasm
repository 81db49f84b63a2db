// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rz(pi*0.000735257043) q[0];
rz(pi*-0.001622316967) q[1];
rz(pi*0.001441938459) q[2];
rz(pi*0.001151555516) q[3];
rz(pi*-0.004454992072) q[4];
rz(pi*-0.000861042803) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004320928265) q[0];
rz(pi*-0.000820314613) q[1];
rz(pi*-0.001445854701) q[2];
rz(pi*-0.001764331096) q[3];
rz(pi*-0.001490276426) q[4];
rz(pi*0.003702392085) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002077391067) q[0];
rz(pi*0.003692838714) q[1];
rz(pi*-0.001315005293) q[2];
rz(pi*-0.00161129128) q[3];
rz(pi*0.000800540044) q[4];
rz(pi*0.000351166921) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002289154353) q[0];
rz(pi*0.000100222308) q[1];
rz(pi*-0.000629778497) q[2];
rz(pi*-0.001921559442) q[3];
rz(pi*-0.003302615243) q[4];
rz(pi*7.9704476e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003938289743) q[0];
rz(pi*-0.001526720258) q[1];
rz(pi*-0.000832135598) q[2];
rz(pi*0.000364386034) q[3];
rz(pi*0.004813051992) q[4];
rz(pi*0.00689111422) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
