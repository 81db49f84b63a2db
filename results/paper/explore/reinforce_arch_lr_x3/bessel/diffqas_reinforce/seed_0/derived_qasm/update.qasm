// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rx(pi*0.046538271793) q[0];
rx(pi*0.233539801267) q[1];
rx(pi*-0.004777185791) q[2];
rx(pi*-0.009218344062) q[3];
rx(pi*0.00464205536) q[4];
rx(pi*0.004097412103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.055049185533) q[0];
rx(pi*0.156429327644) q[1];
rx(pi*-0.00894863756) q[2];
rx(pi*-0.002787321938) q[3];
rx(pi*0.000531483729) q[4];
rx(pi*-0.000743651075) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.099361294718) q[0];
rx(pi*0.228202938095) q[1];
rx(pi*-0.005484233397) q[2];
rx(pi*-0.002020520997) q[3];
rx(pi*-0.00165638209) q[4];
rx(pi*0.000437281591) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.05466537159) q[0];
rx(pi*0.154807214635) q[1];
rx(pi*-0.002727763222) q[2];
rx(pi*-0.005044202017) q[3];
rx(pi*-0.004659367399) q[4];
rx(pi*0.005071238182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.052925803043) q[0];
rx(pi*0.227123616424) q[1];
rx(pi*-0.004627373714) q[2];
rx(pi*-0.005871021317) q[3];
rx(pi*0.002986647253) q[4];
rx(pi*0.002271152773) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
