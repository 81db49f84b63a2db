// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.494569482287) q[0];
ry(pi*1.545232703901) q[1];
ry(pi*1.514724070263) q[2];
ry(pi*1.691914659095) q[3];
ry(pi*0.27330402425) q[4];
ry(pi*1.49517242609) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.939647717411) q[0];
ry(pi*0.651766779326) q[1];
ry(pi*1.468605722295) q[2];
ry(pi*1.690286190215) q[3];
ry(pi*0.644921487849) q[4];
ry(pi*0.309623118788) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.983369455718) q[0];
ry(pi*1.838380021401) q[1];
ry(pi*0.579682290918) q[2];
ry(pi*1.628828603409) q[3];
ry(pi*0.179386437732) q[4];
ry(pi*1.825091812479) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.549304407338) q[0];
ry(pi*0.39372621676) q[1];
ry(pi*0.591374512303) q[2];
ry(pi*1.191109707387) q[3];
ry(pi*0.711515301019) q[4];
ry(pi*1.472467663033) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.184725757243) q[0];
ry(pi*0.414057299353) q[1];
ry(pi*1.220218987047) q[2];
ry(pi*0.028118169408) q[3];
ry(pi*0.223495628637) q[4];
ry(pi*0.32241562673) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
