// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*1.337894418982) q[0];
ry(pi*1.064545239593) q[1];
ry(pi*0.635667226597) q[2];
ry(pi*0.309428420451) q[3];
ry(pi*0.136361956758) q[4];
ry(pi*1.326333033665) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.251933832093) q[0];
ry(pi*1.12375167194) q[1];
ry(pi*1.168445470119) q[2];
ry(pi*1.807422872007) q[3];
ry(pi*1.94948367299) q[4];
ry(pi*0.774765584809) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.473584029626) q[0];
ry(pi*0.376466518455) q[1];
ry(pi*0.382196819495) q[2];
ry(pi*1.929968152929) q[3];
ry(pi*0.941783669347) q[4];
ry(pi*0.391848521866) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.432329687039) q[0];
ry(pi*1.319659331718) q[1];
ry(pi*0.957485211775) q[2];
ry(pi*1.462554326472) q[3];
ry(pi*1.95771177421) q[4];
ry(pi*0.68161098734) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.83769821674) q[0];
ry(pi*0.493713925202) q[1];
ry(pi*0.479578317478) q[2];
ry(pi*1.953520921917) q[3];
ry(pi*1.446755795358) q[4];
ry(pi*1.484922437094) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
