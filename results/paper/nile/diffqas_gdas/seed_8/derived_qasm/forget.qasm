// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.001876724912) q[0];
rz(pi*-0.000245739771) q[1];
rz(pi*-0.001803410065) q[2];
rz(pi*-0.003907097064) q[3];
rz(pi*-0.002291365271) q[4];
rz(pi*-0.000852769721) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00362815617) q[0];
rz(pi*0.002591321596) q[1];
rz(pi*0.003760714608) q[2];
rz(pi*0.003842870459) q[3];
rz(pi*-0.001274208401) q[4];
rz(pi*-0.001328301039) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003146943552) q[0];
rz(pi*0.004145979669) q[1];
rz(pi*-0.0017304431) q[2];
rz(pi*0.006698828387) q[3];
rz(pi*-0.006679818287) q[4];
rz(pi*0.000516684542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001402337592) q[0];
rz(pi*-0.000169221364) q[1];
rz(pi*0.001675636761) q[2];
rz(pi*0.006164319245) q[3];
rz(pi*-0.000296470231) q[4];
rz(pi*0.002455867591) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001571769417) q[0];
rz(pi*-0.004119295093) q[1];
rz(pi*-0.003495789535) q[2];
rz(pi*0.002530200593) q[3];
rz(pi*0.000887156492) q[4];
rz(pi*-0.004675765486) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
