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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002032364587) q[0];
rz(pi*0.003197215997) q[1];
rz(pi*-0.003043017065) q[2];
rz(pi*4.2700948e-05) q[3];
rz(pi*-0.001972023245) q[4];
rz(pi*-0.003345900678) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001793447001) q[0];
rz(pi*-0.001684124991) q[1];
rz(pi*-0.000554383465) q[2];
rz(pi*-0.004431625058) q[3];
rz(pi*-0.002709008068) q[4];
rz(pi*0.002616582327) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00458684585) q[0];
rz(pi*-0.00055850989) q[1];
rz(pi*-0.004286168413) q[2];
rz(pi*-0.002011901589) q[3];
rz(pi*0.000192387775) q[4];
rz(pi*0.002193349685) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002638507412) q[0];
rz(pi*-0.00312943467) q[1];
rz(pi*0.004009817892) q[2];
rz(pi*-0.004222651804) q[3];
rz(pi*0.003707049005) q[4];
rz(pi*-0.004444333834) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003040178565) q[0];
rz(pi*0.001823401115) q[1];
rz(pi*-0.0008642197) q[2];
rz(pi*0.002680190836) q[3];
rz(pi*0.000820722082) q[4];
rz(pi*0.00052199139) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
