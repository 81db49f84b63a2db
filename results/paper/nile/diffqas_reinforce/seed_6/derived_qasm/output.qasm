// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
rz(pi*0.000832572119) q[0];
rz(pi*0.002587412321) q[1];
rz(pi*0.002791252854) q[2];
rz(pi*0.003040587961) q[3];
rz(pi*-0.007742880906) q[4];
rz(pi*-0.000778087724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000485698487) q[0];
rz(pi*0.007305061037) q[1];
rz(pi*0.00283630394) q[2];
rz(pi*0.004903970288) q[3];
rz(pi*0.001817267285) q[4];
rz(pi*-0.00037149937) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003479334826) q[0];
rz(pi*-0.001731494457) q[1];
rz(pi*0.006378670384) q[2];
rz(pi*0.002746681719) q[3];
rz(pi*0.002421197711) q[4];
rz(pi*-0.003505757639) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001205605021) q[0];
rz(pi*-0.001444739163) q[1];
rz(pi*-0.001720250585) q[2];
rz(pi*-0.001504824817) q[3];
rz(pi*0.000282133133) q[4];
rz(pi*0.001770852533) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002254737196) q[0];
rz(pi*0.001066873473) q[1];
rz(pi*-0.002192510141) q[2];
rz(pi*-0.001289650587) q[3];
rz(pi*0.003059548851) q[4];
rz(pi*-0.000509301549) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
