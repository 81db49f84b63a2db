// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.005653811815) q[0];
rz(pi*-0.00373636279) q[1];
rz(pi*-0.001832627948) q[2];
rz(pi*-0.003102979545) q[3];
rz(pi*-0.001162895439) q[4];
rz(pi*-0.000305774603) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000711930272) q[0];
rz(pi*0.004261451369) q[1];
rz(pi*-0.002259122569) q[2];
rz(pi*-0.001613833925) q[3];
rz(pi*-0.004768624932) q[4];
rz(pi*-0.002203883414) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004169989978) q[0];
rz(pi*0.000142792762) q[1];
rz(pi*0.005233212087) q[2];
rz(pi*-0.003207219082) q[3];
rz(pi*-0.001767701871) q[4];
rz(pi*0.001113117767) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000295783395) q[0];
rz(pi*-0.006053066017) q[1];
rz(pi*0.002689590053) q[2];
rz(pi*0.004116661438) q[3];
rz(pi*-0.001401135342) q[4];
rz(pi*0.003032480965) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003630582903) q[0];
rz(pi*0.00160426751) q[1];
rz(pi*0.003590922746) q[2];
rz(pi*0.001722002599) q[3];
rz(pi*0.00110477628) q[4];
rz(pi*-0.003098205528) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
