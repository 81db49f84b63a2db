// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
rz(pi*0.000309008438) q[0];
rz(pi*0.002446731323) q[1];
rz(pi*0.003318241969) q[2];
rz(pi*-0.000472975481) q[3];
rz(pi*0.000775804843) q[4];
rz(pi*0.002148771436) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003170241493) q[0];
rz(pi*0.000317616618) q[1];
rz(pi*-0.002190712325) q[2];
rz(pi*0.001892691369) q[3];
rz(pi*0.002683803662) q[4];
rz(pi*0.000542602093) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001836186524) q[0];
rz(pi*0.00493478707) q[1];
rz(pi*-0.001430057073) q[2];
rz(pi*-0.002030432035) q[3];
rz(pi*-0.003193444274) q[4];
rz(pi*0.00116610665) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002984447008) q[0];
rz(pi*-0.001428775226) q[1];
rz(pi*0.005610230821) q[2];
rz(pi*-0.00165253166) q[3];
rz(pi*0.000937548036) q[4];
rz(pi*-0.000228210435) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004327190161) q[0];
rz(pi*-0.00178833177) q[1];
rz(pi*0.005132756724) q[2];
rz(pi*-0.000401222476) q[3];
rz(pi*-0.003941727368) q[4];
rz(pi*-0.001599120707) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
