// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.000309166575) q[0];
rz(pi*0.002446893036) q[1];
rz(pi*0.003318397012) q[2];
rz(pi*-0.000472730688) q[3];
rz(pi*0.000776027328) q[4];
rz(pi*0.002149011856) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003170403354) q[0];
rz(pi*0.000317773291) q[1];
rz(pi*-0.002190607975) q[2];
rz(pi*0.001892790531) q[3];
rz(pi*0.002683902676) q[4];
rz(pi*0.000542738497) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001836197048) q[0];
rz(pi*0.004934825016) q[1];
rz(pi*-0.001429990668) q[2];
rz(pi*-0.002030420028) q[3];
rz(pi*-0.003193384984) q[4];
rz(pi*0.001166064629) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002984378824) q[0];
rz(pi*-0.001428828142) q[1];
rz(pi*0.005610169753) q[2];
rz(pi*-0.00165271872) q[3];
rz(pi*0.000937221794) q[4];
rz(pi*-0.000228277895) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004327129389) q[0];
rz(pi*-0.00178835934) q[1];
rz(pi*0.005132738344) q[2];
rz(pi*-0.000401177712) q[3];
rz(pi*-0.003941703652) q[4];
rz(pi*-0.001599149315) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
