// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.49762329781) q[0];
ry(pi*-0.312795589876) q[1];
ry(pi*-0.067956137089) q[2];
ry(pi*-0.997804273791) q[3];
ry(pi*-0.004636104439) q[4];
ry(pi*0.442824993663) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.525231453672) q[0];
ry(pi*-0.255152417076) q[1];
ry(pi*0.079065506179) q[2];
ry(pi*-0.064162540931) q[3];
ry(pi*-0.097562469536) q[4];
ry(pi*0.488436503649) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.054716560064) q[0];
ry(pi*0.505496836321) q[1];
ry(pi*-0.488422843271) q[2];
ry(pi*0.043183662327) q[3];
ry(pi*-0.510177299341) q[4];
ry(pi*-0.024182519544) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.492863452814) q[0];
ry(pi*0.503557745616) q[1];
ry(pi*-0.501888447383) q[2];
ry(pi*0.006894326544) q[3];
ry(pi*-0.005632115293) q[4];
ry(pi*-0.483472284215) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021300414502) q[0];
ry(pi*0.491044080147) q[1];
ry(pi*0.397854269258) q[2];
ry(pi*0.105299669883) q[3];
ry(pi*0.03992382648) q[4];
ry(pi*0.001206840176) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
