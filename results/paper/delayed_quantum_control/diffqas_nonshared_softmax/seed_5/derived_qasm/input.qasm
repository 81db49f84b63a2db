// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.005773737961) q[0];
rz(pi*0.000189383429) q[1];
rz(pi*-0.001694526207) q[2];
rz(pi*-0.003597479016) q[3];
rz(pi*-0.001690858241) q[4];
rz(pi*0.003507841973) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001724746533) q[0];
rz(pi*0.004536787738) q[1];
rz(pi*0.004158191597) q[2];
rz(pi*0.001746446613) q[3];
rz(pi*-0.002254818127) q[4];
rz(pi*-0.000510927239) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000188813876) q[0];
rz(pi*-0.005312804542) q[1];
rz(pi*0.001023842911) q[2];
rz(pi*-0.003348139165) q[3];
rz(pi*-0.000305121377) q[4];
rz(pi*-0.001678447248) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001825993563) q[0];
rz(pi*0.008381469205) q[1];
rz(pi*-0.003841749288) q[2];
rz(pi*-8.6557659e-05) q[3];
rz(pi*0.006512458493) q[4];
rz(pi*-0.002986307523) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000743052915) q[0];
rz(pi*-0.000361825417) q[1];
rz(pi*0.000976151574) q[2];
rz(pi*-0.005187074514) q[3];
rz(pi*0.000964440572) q[4];
rz(pi*0.001920894506) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
