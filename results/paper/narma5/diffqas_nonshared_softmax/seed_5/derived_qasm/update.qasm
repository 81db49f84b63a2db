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
rz(pi*0.002003259799) q[0];
rz(pi*0.000387246528) q[1];
rz(pi*0.004314968747) q[2];
rz(pi*-0.001812498752) q[3];
rz(pi*-0.002933694315) q[4];
rz(pi*0.003713215148) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002239772441) q[0];
rz(pi*-0.004782104772) q[1];
rz(pi*0.00235632455) q[2];
rz(pi*-0.002863206703) q[3];
rz(pi*-0.001500547204) q[4];
rz(pi*0.001885094858) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000750163026) q[0];
rz(pi*-0.002201361965) q[1];
rz(pi*0.002570882314) q[2];
rz(pi*-0.004140856731) q[3];
rz(pi*-0.000749210313) q[4];
rz(pi*-0.008637320858) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00420252409) q[0];
rz(pi*0.000370567852) q[1];
rz(pi*-0.000509961) q[2];
rz(pi*0.002276472405) q[3];
rz(pi*-0.001099869749) q[4];
rz(pi*-0.002731278813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002600763206) q[0];
rz(pi*-0.001255510314) q[1];
rz(pi*0.000537196565) q[2];
rz(pi*0.003159825455) q[3];
rz(pi*-0.00121038393) q[4];
rz(pi*0.002025282416) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
