// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003631487666) q[0];
ry(pi*0.078683717577) q[1];
ry(pi*-0.001217441792) q[2];
ry(pi*0.049961140461) q[3];
ry(pi*0.027199952452) q[4];
ry(pi*0.007233449586) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.012108719443) q[0];
ry(pi*0.409496099025) q[1];
ry(pi*-0.014411573454) q[2];
ry(pi*-0.113576796683) q[3];
ry(pi*-0.023966929841) q[4];
ry(pi*-0.004185841709) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.007303166726) q[0];
ry(pi*0.194925763167) q[1];
ry(pi*0.071714638408) q[2];
ry(pi*0.032225866519) q[3];
ry(pi*-0.213235868676) q[4];
ry(pi*-0.304236224481) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.120895970479) q[0];
ry(pi*0.189200357096) q[1];
ry(pi*-0.471958899949) q[2];
ry(pi*0.154921819517) q[3];
ry(pi*0.105132548435) q[4];
ry(pi*-0.039010317137) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.204574980108) q[0];
ry(pi*-0.053621106814) q[1];
ry(pi*-0.150172181859) q[2];
ry(pi*-0.098953807529) q[3];
ry(pi*-0.236566182197) q[4];
ry(pi*-0.001741517108) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
