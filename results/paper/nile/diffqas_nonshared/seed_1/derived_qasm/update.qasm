// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.154488434528) q[0];
rx(pi*0.006267481782) q[1];
rx(pi*0.003916572173) q[2];
rx(pi*-0.000231606371) q[3];
rx(pi*-0.001142013039) q[4];
rx(pi*0.006151970358) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000254063916) q[0];
rx(pi*-0.00018706855) q[1];
rx(pi*0.000637083449) q[2];
rx(pi*0.007515295682) q[3];
rx(pi*0.00229658337) q[4];
rx(pi*0.003319090999) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.148011774052) q[0];
rx(pi*0.00242503821) q[1];
rx(pi*0.004185427866) q[2];
rx(pi*-0.000935053564) q[3];
rx(pi*0.004576169826) q[4];
rx(pi*0.001899256384) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002998443559) q[0];
rx(pi*0.009630479574) q[1];
rx(pi*-0.001245189435) q[2];
rx(pi*-0.001067065869) q[3];
rx(pi*0.000795165643) q[4];
rx(pi*0.001116694204) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.149779569305) q[0];
rx(pi*0.008229055194) q[1];
rx(pi*0.001145287765) q[2];
rx(pi*-0.000132076022) q[3];
rx(pi*0.002428717589) q[4];
rx(pi*-0.000829447693) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
