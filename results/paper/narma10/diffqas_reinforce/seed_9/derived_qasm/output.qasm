// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
rz(pi*-6.5383539e-05) q[0];
rz(pi*-0.001670980582) q[1];
rz(pi*0.00420623593) q[2];
rz(pi*-0.001335596209) q[3];
rz(pi*0.004103274089) q[4];
rz(pi*-0.003960278862) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002729056926) q[0];
rz(pi*-0.000412180646) q[1];
rz(pi*0.002201830503) q[2];
rz(pi*0.00326293552) q[3];
rz(pi*-0.002215799041) q[4];
rz(pi*0.003354901468) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000307579793) q[0];
rz(pi*0.005905389857) q[1];
rz(pi*0.004999046284) q[2];
rz(pi*0.001858122429) q[3];
rz(pi*0.003265846058) q[4];
rz(pi*-0.000329001786) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004620188083) q[0];
rz(pi*0.000999229402) q[1];
rz(pi*-0.003881946315) q[2];
rz(pi*-0.000874699401) q[3];
rz(pi*-0.004026506498) q[4];
rz(pi*0.002502030509) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002185763699) q[0];
rz(pi*-0.002247489014) q[1];
rz(pi*-0.005684657353) q[2];
rz(pi*-0.004213939755) q[3];
rz(pi*0.000912060892) q[4];
rz(pi*0.001040576578) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
