// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101677962075) q[0];
rx(pi*0.000934372176) q[1];
rx(pi*0.000307375799) q[2];
rx(pi*0.002482915911) q[3];
rx(pi*-0.004388309386) q[4];
rx(pi*-0.002588766501) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099505041741) q[0];
rx(pi*0.007318078713) q[1];
rx(pi*0.005254439627) q[2];
rx(pi*0.003855830921) q[3];
rx(pi*-0.000971229258) q[4];
rx(pi*0.004663268967) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097873451844) q[0];
rx(pi*0.008536883875) q[1];
rx(pi*-0.001948849961) q[2];
rx(pi*-0.00786146295) q[3];
rx(pi*0.008569898234) q[4];
rx(pi*0.005022992856) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101006839071) q[0];
rx(pi*0.004418181088) q[1];
rx(pi*-0.000878660703) q[2];
rx(pi*0.001412203717) q[3];
rx(pi*-0.004580441362) q[4];
rx(pi*-0.002169262596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099878529766) q[0];
rx(pi*0.004607014474) q[1];
rx(pi*0.003802537066) q[2];
rx(pi*0.001294101031) q[3];
rx(pi*0.00760992819) q[4];
rx(pi*-0.0022782428) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
