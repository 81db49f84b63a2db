// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.002003299079) q[0];
rz(pi*0.00038724964) q[1];
rz(pi*0.004314947106) q[2];
rz(pi*-0.001812492971) q[3];
rz(pi*-0.002933680381) q[4];
rz(pi*0.003713197065) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002239739684) q[0];
rz(pi*-0.004782101511) q[1];
rz(pi*0.002356288532) q[2];
rz(pi*-0.002863198699) q[3];
rz(pi*-0.001500545722) q[4];
rz(pi*0.001885057506) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000750133604) q[0];
rz(pi*-0.002201347588) q[1];
rz(pi*0.002570913145) q[2];
rz(pi*-0.004140887265) q[3];
rz(pi*-0.000749258708) q[4];
rz(pi*-0.008637296549) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004202585751) q[0];
rz(pi*0.00037056926) q[1];
rz(pi*-0.000509947215) q[2];
rz(pi*0.002276477) q[3];
rz(pi*-0.001099876568) q[4];
rz(pi*-0.002731277627) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002600733858) q[0];
rz(pi*-0.001255507794) q[1];
rz(pi*0.000537162102) q[2];
rz(pi*0.003159833459) q[3];
rz(pi*-0.001210393712) q[4];
rz(pi*0.002025280489) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
